using System.Text.Json;
using AiotHub.Core.Firmware;
using AiotHub.Gateway.Firmware;

namespace AiotHub.Gateway.Tests.Firmware;

/// <summary>docs/mqtt-protocol.md "Firmware updates", device → hub: what a status must be, and each refusal's reason.</summary>
public sealed class OtaStatusParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("""{"job":"j-1","state":"accepted"}""", OtaState.Accepted, null, 0, null)]
    [InlineData("""{"job":"j-1","state":"downloading","progress":40}""", OtaState.Downloading, 40, 0, null)]
    [InlineData("""{"job":"j-1","state":"verifying","progress":100,"code":0}""", OtaState.Verifying, 100, 0, null)]
    [InlineData("""{"job":"j-1","state":"ready"}""", OtaState.Ready, null, 0, null)]
    [InlineData("""{"job":"j-1","state":"rebooting","future":{"field":1}}""", OtaState.Rebooting, null, 0, null)]
    [InlineData("""{"job":"j-1","state":"succeeded","firmware":"1.5.0"}""", OtaState.Succeeded, null, 0, "1.5.0")]
    [InlineData("""{"job":"j-1","state":"failed","code":-4302,"message":"bad hash"}""", OtaState.Failed, null, -4302, null)]
    [InlineData("""{"job":"j-1","state":"rolledBack","firmware":"1.4.2"}""", OtaState.RolledBack, null, 0, "1.4.2")]
    public void AValidStatusBecomesATypedReport(string json, OtaState state, int? progress, int code, string? firmware)
    {
        Assert.Null(OtaStatusParser.TryParse("lamp-1", Parse(json), Now, out var report));

        Assert.Equal(new OtaStatusReport("lamp-1", "j-1", state, progress, code,
            code == 0 ? null : "bad hash", firmware, Now), report);
    }

    [Theory]
    [InlineData("""[1]""", "not a JSON object")]
    [InlineData("""{"state":"ready"}""", "needs a job")]
    [InlineData("""{"job":"","state":"ready"}""", "needs a job")]
    [InlineData("""{"job":"j 1","state":"ready"}""", "needs a job")]
    [InlineData("""{"job":42,"state":"ready"}""", "needs a job")]
    [InlineData("""{"job":"j-1"}""", "needs a state")]
    [InlineData("""{"job":"j-1","state":"Ready"}""", "needs a state")]
    [InlineData("""{"job":"j-1","state":"done"}""", "needs a state")]
    [InlineData("""{"job":"j-1","state":"downloading","progress":250}""", "progress must be")]
    [InlineData("""{"job":"j-1","state":"downloading","progress":-1}""", "progress must be")]
    [InlineData("""{"job":"j-1","state":"downloading","progress":4.5}""", "progress must be")]
    [InlineData("""{"job":"j-1","state":"downloading","progress":"40"}""", "progress must be")]
    [InlineData("""{"job":"j-1","state":"failed"}""", "needs a non-zero code")]
    [InlineData("""{"job":"j-1","state":"failed","code":"-4302"}""", "code must be an integer")]
    [InlineData("""{"job":"j-1","state":"ready","code":-4302}""", "only failed carries a code")]
    [InlineData("""{"job":"j-1","state":"succeeded"}""", "needs the firmware")]
    [InlineData("""{"job":"j-1","state":"rolledBack"}""", "needs the firmware")]
    [InlineData("""{"job":"j-1","state":"succeeded","firmware":"1.5.0-beta"}""", "firmware must be a version")]
    [InlineData("""{"job":"j-1","state":"failed","code":-4301,"message":7}""", "message must be a string")]
    public void AnInvalidStatusIsRefusedWithItsReason(string json, string reason)
    {
        var problem = OtaStatusParser.TryParse("lamp-1", Parse(json), Now, out var report);

        Assert.NotNull(problem);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
        Assert.Null(report);
    }

    [Fact]
    public void AJobIdLongerThan128CharactersIsRefused()
    {
        Assert.Null(OtaStatusParser.TryParse("d", Parse($$"""{"job":"{{new string('j', 128)}}","state":"ready"}"""), Now, out _));
        Assert.NotNull(OtaStatusParser.TryParse("d", Parse($$"""{"job":"{{new string('j', 129)}}","state":"ready"}"""), Now, out _));
    }

    [Fact]
    public void AMessageIsCutTo512CharactersWithControlCharactersReplaced()
    {
        var text = "line one\nline\u202Etwo\u0007" + new string('x', 1000);
        var json = JsonSerializer.Serialize(new { job = "j-1", state = "failed", code = -4303, message = text });

        Assert.Null(OtaStatusParser.TryParse("lamp-1", Parse(json), Now, out var report));

        Assert.Equal(512, report!.Message!.Length);
        Assert.StartsWith("line one line two ", report.Message, StringComparison.Ordinal);
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
