using System.Text;
using System.Text.Json.Nodes;
using AiotHub.Core.Profiles;
using static AiotHub.Core.Tests.Profiles.ProfileSamples;

namespace AiotHub.Core.Tests.Profiles;

/// <summary>What an attacker or a broken upload can send: each gets an error, never an exception or a hang.</summary>
public sealed class HostileProfileTests
{
    private const int TenMegabytes = 10 * 1024 * 1024;

    [Fact]
    public void ATenMegabyteDocumentIsRefusedBeforeParsing()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"model\":\"" + new string('a', TenMegabytes) + "\"}");

        var result = DeviceProfileParser.Parse(bytes);

        Assert.Equal([new ProfileError("$", $"document is {bytes.Length} bytes; the limit is 1048576")], result.Errors);
    }

    [Fact]
    public void ATenMegabyteStringIsRefusedBeforeEncoding()
    {
        var json = "{\"model\":\"" + new string('a', TenMegabytes) + "\"}";

        var result = DeviceProfileParser.Parse(json);

        Assert.Equal([new ProfileError("$", $"document is at least {json.Length} bytes; the limit is 1048576")], result.Errors);
    }

    [Fact]
    public void MultiByteTextJustOverTheLimitIsMeasuredInBytes()
    {
        // 400,000 "€" are 400,000 chars but 1,200,000 UTF-8 bytes.
        var json = "{\"description\":\"" + new string('€', 400_000) + "\"}";

        var result = DeviceProfileParser.Parse(json);

        Assert.Equal([new ProfileError("$", $"document is {Encoding.UTF8.GetByteCount(json)} bytes; the limit is 1048576")], result.Errors);
    }

    [Fact]
    public async Task AnEndlessStreamIsReadOnlyOneBytePastTheLimit()
    {
        await using var stream = new EndlessStream((byte)'[');

        var result = await DeviceProfileParser.ParseAsync(stream, TestContext.Current.CancellationToken);

        Assert.Equal([new ProfileError("$", "document is larger than the limit of 1048576 bytes")], result.Errors);
        Assert.Equal(ProfileLimits.MaxDocumentBytes + 1, stream.BytesRead);
    }

    [Fact]
    public void ATenMegabyteFileIsRefusedByItsLength()
    {
        var path = Path.Combine(Path.GetTempPath(), $"aiothub-{Guid.NewGuid():N}.json");
        try
        {
            using (var file = File.Create(path))
                file.SetLength(TenMegabytes);

            var result = DeviceProfileParser.ParseFile(path);

            Assert.Equal([new ProfileError("$", $"document is {TenMegabytes} bytes; the limit is 1048576")], result.Errors);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{\"a\":", "}")]
    public void NestingTenThousandDeepIsAnErrorNotAStackOverflow(string open, string close)
    {
        var json = string.Concat(Enumerable.Repeat(open, 10_000)) + "1" + string.Concat(Enumerable.Repeat(close, 10_000));

        var error = Assert.Single(DeviceProfileParser.Parse(json).Errors);

        Assert.Equal("$", error.Path);
        Assert.StartsWith("invalid JSON at line 1, byte ", error.Message, StringComparison.Ordinal);
        Assert.Contains("maximum configured depth of 16", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThousandsOfPropertiesAreCappedAndReportedOnce()
    {
        var json = With(r =>
        {
            var properties = (JsonArray)Service(r, 0)["properties"]!;
            for (var i = 0; i < 15_000; i++)
                properties.Add(new JsonObject { ["iid"] = 1, ["name"] = "on", ["format"] = "bool", ["access"] = new JsonArray("read") });
        });

        var errors = DeviceProfileParser.Parse(json).Errors;

        Assert.Equal(new ProfileError("$.services[0].properties", "has 15006 properties; the limit is 256"), errors[0]);
        Assert.Equal(ProfileLimits.MaxErrors + 1, errors.Count);
    }

    [Fact]
    public void AHugeNameIsQuotedShortInTheMessage()
    {
        var json = With(r => Property(r, 0, 0)["name"] = new string('x', 500_000) + "Y");

        var error = Assert.Single(DeviceProfileParser.Parse(json).Errors);

        Assert.Equal("$.services[0].properties[0].name", error.Path);
        Assert.True(error.Message.Length < 200, error.Message);
    }

    [Fact]
    public void AHugeUnknownKeyIsShortenedInThePath()
    {
        var json = With(r => r[new string('k', 100_000) + " "] = 1);

        var error = Assert.Single(DeviceProfileParser.Parse(json).Errors);

        Assert.Equal("$['" + new string('k', 64) + "…']", error.Path);
    }

    [Theory]
    [InlineData("1e400", "$.services[0].properties[3].value-range[1]", "expected a number, got the number 1e400")]
    [InlineData("-1e400", "$.services[0].properties[3].value-range[1]", "expected a number, got the number -1e400")]
    public void NumbersBeyondADoubleAreRejected(string max, string path, string message)
    {
        var json = Valid.Replace("[-20, 60, 0.5]", $"[-20, {max}, 0.5]", StringComparison.Ordinal);

        Assert.Equal([new ProfileError(path, message)], DeviceProfileParser.Parse(json).Errors);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { (byte)' ' })]
    [InlineData(new byte[] { (byte)'n', (byte)'u', (byte)'l' })]
    public void BytesThatAreNotJsonGiveOneErrorAtTheRoot(byte[] bytes)
    {
        var error = Assert.Single(DeviceProfileParser.Parse(bytes).Errors);

        Assert.Equal("$", error.Path);
        Assert.StartsWith("invalid JSON at line 1, byte ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00 }, "invalid UTF-8 at line 1, byte 1")]
    [InlineData(new byte[] { (byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}' }, "invalid UTF-8 at line 1, byte 3")]
    [InlineData(new byte[] { (byte)'"', 0xED, 0xA0, 0x80, (byte)'"' }, "invalid UTF-8 at line 1, byte 2")]
    public void BytesThatAreNotUtf8GiveOneErrorAtTheRoot(byte[] bytes, string message) =>
        Assert.Equal([new ProfileError("$", message)], DeviceProfileParser.Parse(bytes).Errors);

    [Fact]
    public void InvalidUtf8InsideAStringIsLocated()
    {
        // JsonDocument.Parse accepts this; only reading the string would throw.
        byte[] bytes = [.. "{\n  \"model\": \""u8, 0xC3, 0x28, .. "\"\n}"u8];

        Assert.Equal([new ProfileError("$", "invalid UTF-8 at line 2, byte 13")], DeviceProfileParser.Parse(bytes).Errors);
    }

    [Theory]
    [InlineData("{\"model\": \"\\uD800\"}", 11)]
    [InlineData("{\"\\uDC00\": 1}", 2)]
    [InlineData("{\"model\": \"\\uD800\\u0041\"}", 11)]
    public void LoneSurrogateEscapesAreLocated(string json, int at) =>
        Assert.Equal(
            [new ProfileError("$", $"invalid string escape (a lone surrogate) at line 1, byte {at}")],
            DeviceProfileParser.Parse(json).Errors);

    [Fact]
    public void ASyntaxErrorQuotingTheInputStaysOneShortLine()
    {
        // The reader's own message quotes the rest of a bad literal, newlines and all.
        var json = "{\"a\": treue\n\n" + string.Concat(Enumerable.Repeat("x\n", 5000)) + "}";

        var error = Assert.Single(DeviceProfileParser.Parse(json).Errors);

        Assert.StartsWith("invalid JSON at line 1, byte 9: 'treue\\u000a\\u000ax", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.True(error.Message.Length < 250, error.Message);
    }

    [Theory]
    [InlineData("null", "expected an object, got null")]
    [InlineData("42", "expected an object, got the number 42")]
    [InlineData("\"profile\"", "expected an object, got a string")]
    public void ARootThatIsNotAnObjectIsNamed(string json, string message) =>
        Assert.Equal([new ProfileError("$", message)], DeviceProfileParser.Parse(json).Errors);

    [Fact]
    public void EveryPrefixOfAValidDocumentIsAnErrorAtTheRoot()
    {
        // Like feeding a frame parser every truncation: a cut-off upload must never half-succeed.
        var bytes = Encoding.UTF8.GetBytes(Valid.TrimEnd());
        for (var length = 0; length < bytes.Length; length++)
        {
            var result = DeviceProfileParser.Parse(bytes.AsMemory(0, length));
            Assert.False(result.IsValid, $"prefix of {length} bytes");
            Assert.Equal("$", Assert.Single(result.Errors).Path);
        }

        Assert.True(DeviceProfileParser.Parse(bytes).IsValid);
    }

    private sealed class EndlessStream(byte fill) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(count, 4096);
            buffer.AsSpan(offset, n).Fill(fill);
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
