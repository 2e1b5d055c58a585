using System.Text.Json;
using AiotHub.Core.Profiles;
using AiotHub.Simulators.Devices;

namespace AiotHub.Simulators.Behaviors;

/// <summary>
/// A TV or TV box: when on it plays something — the app and content change every so often (with a
/// content-changed event), play/pause/stop drive the playback state, launch-app switches apps; off
/// stops everything. A profile with a voice remote (voice-command) and on-screen messages (show-message) gets its
/// <see cref="SimulatedDevice.Voice"/>: silent unless told, the hub's answers recorded.
/// </summary>
public sealed class MediaPlayerBehavior(string serviceName) : DeviceBehavior
{
    public static readonly TimeSpan MeanContentDuration = TimeSpan.FromMinutes(20);

    private static readonly (string App, string[] Content)[] Catalogue =
    [
        ("tv.live", ["Evening News", "Weather Report", "Football: City vs United"]),
        ("com.netflix.ninja", ["The Crown S3E4", "Our Planet: Jungles", "Stranger Things S4E1"]),
        ("com.google.android.youtube.tv", ["Lo-fi beats to relax to", "How to fix a leaky tap", "Cooking: dumplings"]),
        ("com.tencent.qqlive", ["庆余年 第12集", "中国新闻", "舌尖上的中国"]),
    ];

    private const long Stopped = 0, Playing = 1, Paused = 2;
    private DateTimeOffset _nextContent;

    private string On => serviceName + ".on";

    private string App => serviceName + ".current-app";

    private string Content => serviceName + ".current-content";

    private string Playback => serviceName + ".playback-state";

    public override void Initialize(SimulatedDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);
        device.State.SetNumber("speaker.volume", 20 + device.Random.Next(30));
        if (device.Random.Next(2) == 1)
        {
            device.State.Set(On, true);
            ChangeContent(device, emit: false);
        }
    }

    public override void Advance(SimulatedDevice device, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (device.State.GetBool(On) && now >= _nextContent && device.State.GetNumber(Playback) == Playing)
            ChangeContent(device, emit: true);
    }

    public override void Evolve(SimulatedDevice device, DateTimeOffset now, TimeSpan elapsed)
    {
    }

    public override void OnSet(SimulatedDevice device, DeviceProperty property)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(property);
        if (property.Key != On)
            return;
        if (device.State.GetBool(On))
        {
            ChangeContent(device, emit: true);
        }
        else
        {
            device.State.Set(App, string.Empty);
            device.State.Set(Content, string.Empty);
            device.State.SetNumber(Playback, Stopped);
        }
    }

    public override ActionOutcome OnAction(SimulatedDevice device, ProfileService service, ProfileAction action, JsonElement input)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(action);
        var on = device.State.GetBool(On);
        switch (action.Name)
        {
            case "play" or "pause" or "stop" or "launch-app" when !on:
                return new ActionOutcome(DeviceReplyCode.Busy, Message: "the device is off");
            case "play":
                device.State.SetNumber(Playback, Playing);
                _nextContent = device.Now + Exponential(device.Random, MeanContentDuration);
                return ActionOutcome.Applied;
            case "pause":
                device.State.SetNumber(Playback, Paused);
                return ActionOutcome.Applied;
            case "stop":
                device.State.SetNumber(Playback, Stopped);
                return ActionOutcome.Applied;
            case "launch-app":
                var app = input.ValueKind == JsonValueKind.Object && input.TryGetProperty("app", out var a) ? a.GetString() ?? string.Empty
                    : input.ValueKind == JsonValueKind.Object && input.TryGetProperty("1", out var n) ? n.GetString() ?? string.Empty : string.Empty;
                device.State.Set(App, app);
                device.State.Set(Content, "Home");
                device.State.SetNumber(Playback, Stopped);
                return ActionOutcome.Applied;
            default:
                return base.OnAction(device, service, action, input);
        }
    }

    private void ChangeContent(SimulatedDevice device, bool emit)
    {
        var (app, titles) = Catalogue[device.Random.Next(Catalogue.Length)];
        var title = titles[device.Random.Next(titles.Length)];
        device.State.Set(App, app);
        device.State.Set(Content, title);
        device.State.SetNumber(Playback, Playing);
        _nextContent = device.Now + Exponential(device.Random, MeanContentDuration);
        if (emit)
            EmitIfDeclared(device, serviceName, "content-changed", new("app", app), new("content", title));
    }
}
