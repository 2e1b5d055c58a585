using AiotHub.Automation.Automations.Persistence;
using AiotHub.Automation.Modes;
using AiotHub.Automation.Scenes;
using AiotHub.Core.Devices.Persistence;

namespace AiotHub.Automation.Tests;

/// <summary>
/// One hub.db opened as the gateway opens it: the registry's store and each automation-side module's own store over
/// the same file. It converts to whichever store a constructor asks for, so a test hands "the file" to every part.
/// </summary>
internal sealed class HubFile : IAsyncDisposable
{
    private HubFile(DeviceStore devices, SceneStore scenes, AutomationStore automations, HomeModeStore modes)
    {
        Devices = devices;
        Scenes = scenes;
        Automations = automations;
        Modes = modes;
    }

    public DeviceStore Devices { get; }

    public SceneStore Scenes { get; }

    public AutomationStore Automations { get; }

    public HomeModeStore Modes { get; }

    /// <summary>Opens every store on <paramref name="path"/>; <paramref name="time"/> drives both write-behind loops.</summary>
    public static HubFile Open(string path, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        return new HubFile(
            DeviceStore.Open(path, new DeviceStoreOptions { TimeProvider = time }),
            SceneStore.Open(path),
            AutomationStore.Open(path, new AutomationStoreOptions { TimeProvider = time }),
            HomeModeStore.Open(path));
    }

    public static implicit operator DeviceStore?(HubFile? file) => file?.Devices;

    public static implicit operator SceneStore?(HubFile? file) => file?.Scenes;

    public static implicit operator AutomationStore?(HubFile? file) => file?.Automations;

    public static implicit operator HomeModeStore?(HubFile? file) => file?.Modes;

    public async ValueTask DisposeAsync()
    {
        await Automations.DisposeAsync();
        Modes.Dispose();
        Scenes.Dispose();
        await Devices.DisposeAsync();
    }
}
