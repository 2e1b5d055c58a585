using System.ComponentModel.DataAnnotations;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Gateway.Devices;

/// <summary>
/// The gateway's own part of the "Devices" section: the device topics, the profiles, hub.db's directory and the link. The
/// same section is bound straight into <see cref="AiotHub.Core.Devices.Persistence.DeviceStoreOptions"/> (WriteBehindInterval,
/// CommandRetention) and <see cref="AiotHub.Core.Devices.DeviceRegistryOptions"/> (CommandTimeout, CommandRetention,
/// CommandsPerDevice, MaxPendingDevices), each checked by its own validator (DevicesHostingExtensions).
/// </summary>
public sealed class DevicesOptions : IValidatableObject
{
    public const string SectionName = "Devices";

    /// <summary>The first topic level(s) of every device topic (docs/mqtt-protocol.md "Topics").</summary>
    public string TopicRoot { get; set; } = "aiot";

    /// <summary>Where the profiles are loaded from at start: relative to the content root, else to the app's directory.</summary>
    public string ProfilesDirectory { get; set; } = "device-profiles";

    /// <summary>Holds hub.db (the registry, twin and commands); relative to the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>How the hub reaches the device bus: in-process with the embedded broker unless told otherwise (<see cref="DeviceLinkKind"/>).</summary>
    public DeviceLinkKind Link { get; set; } = DeviceLinkKind.Auto;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        List<ValidationResult> errors = [];
        void Fail(string message, string member) => errors.Add(new ValidationResult(message, [member]));

        if (string.IsNullOrEmpty(TopicRoot) || !MqttTopic.IsValidTopicName(TopicRoot) || TopicRoot.StartsWith('$')
            || TopicRoot.Split('/').Any(level => level.Length == 0))
        {
            Fail($"Devices:TopicRoot '{TopicRoot}' must be one or more non-empty topic levels without wildcards, not starting with '$' (e.g. aiot or home/aiot).", nameof(TopicRoot));
        }

        if (string.IsNullOrWhiteSpace(ProfilesDirectory))
            Fail("Devices:ProfilesDirectory must not be empty.", nameof(ProfilesDirectory));
        if (!Enum.IsDefined(Link))
            Fail("Devices:Link must be Auto, InProcess or MqttClient.", nameof(Link));
        if (string.IsNullOrWhiteSpace(DataDirectory))
            Fail("Devices:DataDirectory must not be empty.", nameof(DataDirectory));
        return errors;
    }

    /// <summary>The profiles directory that exists, or null: relative paths are tried against the content root, then the app's directory.</summary>
    public string? ResolveProfilesDirectory(string contentRoot)
    {
        string[] candidates = Path.IsPathRooted(ProfilesDirectory)
            ? [ProfilesDirectory]
            : [Path.GetFullPath(ProfilesDirectory, contentRoot), Path.GetFullPath(ProfilesDirectory, AppContext.BaseDirectory)];
        return candidates.FirstOrDefault(Directory.Exists);
    }
}
