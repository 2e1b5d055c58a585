using System.Text.Json;
using AiotHub.Core.Firmware;

namespace AiotHub.Gateway.Firmware;

/// <summary>
/// The device → hub half of the firmware-update protocol (docs/mqtt-protocol.md "Firmware updates"): one
/// <c>{root}/{id}/ota/status</c> payload checked field by field into an <see cref="OtaStatusReport"/>. Never throws on
/// the device's input: a problem comes back as a reason, which the bridge counts against the device and logs.
/// </summary>
internal static class OtaStatusParser
{
    /// <summary>The hub's job ids are at most this long; a device echoes them.</summary>
    public const int MaxJobIdLength = 128;

    /// <summary>A status message's text is cut to this many characters (it is shown to the maker and the owner).</summary>
    public const int MaxMessageLength = 512;

    /// <summary>Null and the report, or the reason the payload is refused.</summary>
    public static string? TryParse(string deviceId, JsonElement root, DateTimeOffset received, out OtaStatusReport? report)
    {
        report = null;
        if (root.ValueKind != JsonValueKind.Object)
            return "ota status is not a JSON object";
        if (!root.TryGetProperty("job", out var jobElement) || jobElement.ValueKind != JsonValueKind.String
            || jobElement.GetString() is not { } job || !IsJobId(job))
            return $"ota status needs a job: 1-{MaxJobIdLength} visible ASCII characters";
        if (!root.TryGetProperty("state", out var stateElement) || stateElement.ValueKind != JsonValueKind.String
            || ParseState(stateElement.GetString()) is not { } state)
            return "ota status needs a state: accepted, downloading, verifying, ready, applying, rebooting, succeeded, failed or rolledBack";

        int? progress = null;
        if (root.TryGetProperty("progress", out var p) && p.ValueKind != JsonValueKind.Null)
        {
            if (p.ValueKind != JsonValueKind.Number || !p.TryGetInt32(out var percent) || percent is < 0 or > 100)
                return "progress must be an integer from 0 to 100";
            progress = percent;
        }

        var code = OtaResultCodes.Ok;
        if (root.TryGetProperty("code", out var c) && c.ValueKind != JsonValueKind.Null
            && (c.ValueKind != JsonValueKind.Number || !c.TryGetInt32(out code)))
            return "code must be an integer";
        if (state == OtaState.Failed && code == OtaResultCodes.Ok)
            return "a failed status needs a non-zero code (-4301 to -4309)";
        if (state != OtaState.Failed && code != OtaResultCodes.Ok)
            return $"code {code} on state {Name(state)}: only failed carries a code";

        string? message = null;
        if (root.TryGetProperty("message", out var m) && m.ValueKind != JsonValueKind.Null)
        {
            if (m.ValueKind != JsonValueKind.String)
                return "message must be a string";
            message = Clean(m.GetString()!);
        }

        string? firmware = null;
        if (root.TryGetProperty("firmware", out var f) && f.ValueKind != JsonValueKind.Null)
        {
            if (f.ValueKind != JsonValueKind.String || !FirmwareVersion.TryParse(f.GetString(), out _))
                return "firmware must be a version such as 1.5.0";
            firmware = f.GetString();
        }

        if (firmware is null && state is OtaState.Succeeded or OtaState.RolledBack)
            return $"a {Name(state)} status needs the firmware the device now runs";

        report = new OtaStatusReport(deviceId, job, state, progress, code, message, firmware, received);
        return null;
    }

    /// <summary>The wire name of a state: camelCase (<c>rolledBack</c>).</summary>
    public static string Name(OtaState state) => JsonNamingPolicy.CamelCase.ConvertName(state.ToString());

    private static OtaState? ParseState(string? text) => text switch
    {
        "accepted" => OtaState.Accepted,
        "downloading" => OtaState.Downloading,
        "verifying" => OtaState.Verifying,
        "ready" => OtaState.Ready,
        "applying" => OtaState.Applying,
        "rebooting" => OtaState.Rebooting,
        "succeeded" => OtaState.Succeeded,
        "failed" => OtaState.Failed,
        "rolledBack" => OtaState.RolledBack,
        _ => null,
    };

    private static bool IsJobId(string job) =>
        job.Length is > 0 and <= MaxJobIdLength && !job.AsSpan().ContainsAnyExceptInRange('!', '~');

    /// <summary>Control and format characters become spaces; the text is cut to <see cref="MaxMessageLength"/>.</summary>
    private static string Clean(string text)
    {
        if (text.Length > MaxMessageLength)
            text = text[..(char.IsHighSurrogate(text[MaxMessageLength - 1]) ? MaxMessageLength - 1 : MaxMessageLength)];
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var ch = source[i];
                span[i] = char.IsControl(ch) || char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.Format ? ' ' : ch;
            }
        });
    }
}
