using System.ComponentModel.DataAnnotations;
using System.Globalization;
using AiotHub.Mqtt.Protocol;

namespace AiotHub.Gateway.Devices;

/// <summary>The "Devices" configuration section: the device topics, commands, profiles and the registry's file.</summary>
public sealed class DevicesOptions : IValidatableObject
{
    public const string SectionName = "Devices";

    /// <summary>The first topic level(s) of every device topic (docs/mqtt-protocol.md "Topics").</summary>
    public string TopicRoot { get; set; } = "aiot";

    /// <summary>No reply within this → the command is timed out.</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Where the profiles are loaded from at start: relative to the content root, else to the app's directory.</summary>
    public string ProfilesDirectory { get; set; } = "device-profiles";

    /// <summary>Holds hub.db (the registry, twin and commands); relative to the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>How often twin, availability and command updates are written: the most a kill -9 can lose.</summary>
    public TimeSpan WriteBehindInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Finished commands stay queryable this long, and at most <see cref="CommandsPerDevice"/> per device.</summary>
    public TimeSpan CommandRetention { get; set; } = TimeSpan.FromHours(24);

    public int CommandsPerDevice { get; set; } = 100;

    /// <summary>How the hub reaches the device bus: in-process with the embedded broker unless told otherwise (<see cref="DeviceLinkKind"/>).</summary>
    public DeviceLinkKind Link { get; set; } = DeviceLinkKind.Auto;

    /// <summary>At most this many devices wait on the pending lists (new, unknown model, held change); announces beyond it are dropped and counted.</summary>
    public int MaxPendingDevices { get; set; } = 10_000;

    /// <summary>At most this many accepted commands wait for the device link to send them; a command beyond it is refused (503) and counted.</summary>
    public int MaxQueuedCommands { get; set; } = 10_000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        List<ValidationResult> errors = [];
        void Fail(string message, string member) => errors.Add(new ValidationResult(message, [member]));
        void CheckTime(TimeSpan value, TimeSpan minimum, TimeSpan maximum, string member)
        {
            if (value < minimum || value > maximum)
                Fail(string.Create(CultureInfo.InvariantCulture, $"Devices:{member} is {value}; it must be between {minimum} and {maximum}."), member);
        }

        if (string.IsNullOrEmpty(TopicRoot) || !MqttTopic.IsValidTopicName(TopicRoot) || TopicRoot.StartsWith('$')
            || TopicRoot.Split('/').Any(level => level.Length == 0))
        {
            Fail($"Devices:TopicRoot '{TopicRoot}' must be one or more non-empty topic levels without wildcards, not starting with '$' (e.g. aiot or home/aiot).", nameof(TopicRoot));
        }

        CheckTime(CommandTimeout, TimeSpan.FromMilliseconds(50), TimeSpan.FromHours(1), nameof(CommandTimeout));
        CheckTime(WriteBehindInterval, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(1), nameof(WriteBehindInterval));
        CheckTime(CommandRetention, TimeSpan.FromMinutes(1), TimeSpan.FromDays(365), nameof(CommandRetention));
        if (CommandsPerDevice < 1)
            Fail("Devices:CommandsPerDevice must be at least 1.", nameof(CommandsPerDevice));
        if (MaxPendingDevices is < 1 or > 1_000_000)
            Fail("Devices:MaxPendingDevices must be between 1 and 1000000.", nameof(MaxPendingDevices));
        if (MaxQueuedCommands is < 1 or > 1_000_000)
            Fail("Devices:MaxQueuedCommands must be between 1 and 1000000.", nameof(MaxQueuedCommands));
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
