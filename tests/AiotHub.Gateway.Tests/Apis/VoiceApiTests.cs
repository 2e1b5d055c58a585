using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Gateway.Tests.Access;

namespace AiotHub.Gateway.Tests.Apis;

/// <summary>POST /api/v1/homes/{id}/voice: what each role may say, decided after understanding and before anything is sent.</summary>
public sealed class VoiceApiTests(AccessMatrixHub fixture) : IClassFixture<AccessMatrixHub>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpStatusCode Status, JsonElement Body)> SayAsync(string role, string text)
    {
        using var http = fixture.ClientFor(role);
        using var response = await http.PostAsJsonAsync("/api/v1/homes/home/voice", new { text }, Ct);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return (response.StatusCode, document.RootElement.Clone());
    }

    [Fact]
    public async Task AGuestMayNotCommandADevice()
    {
        var (status, body) = await SayAsync("guest", "turn off the light");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("turn-off", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGuestMayNotChangeTheHomeModeOrSetATimerButHearsWhatCannotBeDone()
    {
        var (mode, modeBody) = await SayAsync("guest", "switch the house to away mode");
        var (timer, timerBody) = await SayAsync("guest", "turn off the light in 10 minutes");
        var (missing, missingBody) = await SayAsync("guest", "turn on the projector");

        Assert.Equal(HttpStatusCode.Forbidden, mode);
        Assert.Contains("set-home-mode", modeBody.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, timer);
        Assert.Contains("turn-off", timerBody.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, missing);
        Assert.Equal("cannot", missingBody.GetProperty("intent").GetString());
    }

    [Fact]
    public async Task AGuestMayAskAQuestionAndRunItsScene()
    {
        var (asked, question) = await SayAsync("guest", "灯开着吗");
        var (ran, scene) = await SayAsync("guest", "good night");

        Assert.Equal(HttpStatusCode.OK, asked);
        Assert.Equal("query-state", question.GetProperty("intent").GetString());
        Assert.Equal("zh", question.GetProperty("language").GetString());
        Assert.Equal(HttpStatusCode.OK, ran);
        Assert.Equal("run-scene", scene.GetProperty("intent").GetString());
        Assert.Single(scene.GetProperty("runIds").EnumerateArray());
    }

    [Fact]
    public async Task AMemberCommandsAndHearsThatTheOfflineLampCannotBeReached()
    {
        var (status, body) = await SayAsync("member", "turn off the light");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("turn-off", body.GetProperty("intent").GetString());
        Assert.Equal(["lamp-1"], body.GetProperty("targets").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains("could not reach", body.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }
}
