using System.Text.Json;
using AiotHub.Automation.Automations.Triggers;
using AiotHub.Automation.Modes;
using AiotHub.Automation.Scenes;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Automations;

/// <summary>
/// Checks a read definition against the home as it is now, with the JSON path of each problem: the
/// devices are the home's (and not pending), the properties, events and actions exist in their
/// profiles (writable where set, numeric where compared with above/below), values fit
/// (<see cref="ProfileValueValidator"/>), scenes exist, modes are known, sun needs a location.
/// Returns the definition resolved for the engine: member keys as "service.name", value-list
/// descriptions ("Playing") as their values, "tv" triggers as the TV's own property.
/// </summary>
public sealed partial class AutomationValidator
{
    private readonly DeviceRegistry _registry;
    private readonly SceneCatalog? _scenes;
    private readonly string _homeId;
    private readonly bool _hasLocation;
    private readonly List<ProfileError> _errors;

    private AutomationValidator(DeviceRegistry registry, SceneCatalog? scenes, string homeId, bool hasLocation, List<ProfileError> errors)
    {
        _registry = registry;
        _scenes = scenes;
        _homeId = homeId;
        _hasLocation = hasLocation;
        _errors = errors;
    }

    public const string NoLocation = "the hub has no location; set Automations:Latitude and Automations:Longitude";

    /// <summary>The resolved definition; problems are added to <paramref name="errors"/> (the result is only meaningful when none were).</summary>
    public static AutomationDefinition Resolve(
        DeviceRegistry registry, SceneCatalog? scenes, string homeId, AutomationDefinition definition, bool hasLocation, List<ProfileError> errors)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(errors);
        var validator = new AutomationValidator(registry, scenes, homeId, hasLocation, errors);
        return definition with
        {
            Triggers = [.. definition.Triggers.Select(validator.Trigger)],
            Conditions = [.. definition.Conditions.Select(validator.Condition)],
            Actions = [.. definition.Actions.Select(validator.Action)],
        };
    }

    private void Error(string path, string message) => _errors.Add(new ProfileError(path, message));

    private AutomationTrigger Trigger(AutomationTrigger trigger)
    {
        switch (trigger)
        {
            case PropertyTrigger { Label: TvProperties.Label } tv:
                return TvTrigger(tv);
            case PropertyTrigger property:
                return PropertyTrigger(property);
            case EventTrigger e:
                return EventTrigger(e);
            case AvailabilityTrigger availability:
                Device(availability.DeviceId, availability.Path);
                break;
            case SunTrigger sun when !_hasLocation:
                Error(sun.Path, NoLocation);
                break;
            case ModeTrigger mode:
                Mode(mode.From, mode.Path + ".from");
                Mode(mode.To, mode.Path + ".to");
                break;
        }

        return trigger;
    }

    private PropertyTrigger PropertyTrigger(PropertyTrigger trigger)
    {
        if (Property(trigger.DeviceId, trigger.Path, trigger.Property) is not ({ } service, { } property))
            return trigger;
        if ((trigger.Above is not null || trigger.Below is not null) && !IsNumeric(property))
            Error(trigger.Path + (trigger.Above is not null ? ".above" : ".below"), $"{property.Name} is {Format(property)}, not a number: above and below compare numbers");
        return trigger with
        {
            Property = ProfileMembers.Key(service, property.Name),
            From = Value(property, trigger.From, trigger.Path + ".from"),
            To = Value(property, trigger.To, trigger.Path + ".to"),
        };
    }

    /// <summary>"tv" names the member only; the TV's (or box's) profile says which service has it.</summary>
    private PropertyTrigger TvTrigger(PropertyTrigger trigger)
    {
        if (Profile(trigger.DeviceId, trigger.Path) is not { } profile)
            return trigger;
        var member = trigger.Property == TvProperties.PlaybackState ? "playback" : trigger.Property == TvProperties.CurrentApp ? "app" : "input";
        var service = TvProperties.Services.Select(profile.FindService).FirstOrDefault(s => s?.FindProperty(trigger.Property) is not null);
        if (service?.FindProperty(trigger.Property) is not { } property)
        {
            Error(trigger.Path + ".deviceId", $"'{trigger.DeviceId}' ({profile.Model}) is not a TV or TV box with {trigger.Property}; a tv trigger needs one");
            return trigger;
        }

        return trigger with
        {
            Property = ProfileMembers.Key(service, property.Name),
            From = Value(property, trigger.From, trigger.Path + ".from"),
            To = Value(property, trigger.To, trigger.Path + "." + member),
        };
    }

    private EventTrigger EventTrigger(EventTrigger trigger)
    {
        if (Profile(trigger.DeviceId, trigger.Path) is not { } profile)
            return trigger;
        if (ProfileMembers.FindEvent(profile, trigger.Event, out _) is not ({ } service, { } @event))
        {
            Error(trigger.Path + ".event", $"{profile.Model} has no event {trigger.Event}");
            return trigger;
        }

        if (trigger.Arguments is { } arguments)
        {
            foreach (var member in arguments.EnumerateObject())
            {
                var path = JsonPath.Member(trigger.Path + ".arguments", member.Name);
                if (@event.Arguments.FirstOrDefault(a => a.Name == member.Name) is not { } argument)
                    Error(path, $"event {trigger.Event} has no argument {member.Name} (it has {string.Join(", ", @event.Arguments.Select(a => a.Name))})");
                else
                    ProfileValueValidator.ValidateValue(argument.Value, member.Value, path, _errors);
            }
        }

        return trigger with { Event = ProfileMembers.Key(service, @event.Name) };
    }

    private void Mode(string? mode, string path)
    {
        if (mode is not null && !HomeModes.All.Contains(mode))
            Error(path, $"unknown home mode '{mode}'; the modes are {string.Join(", ", HomeModes.All)}");
    }

    private static bool IsNumeric(ProfileProperty property) => property.Value.Format is not (PropertyFormat.Bool or PropertyFormat.String);

    private static string Format(ProfileProperty property) => property.Value.Format == PropertyFormat.Bool ? "true/false" : "text";
}
