using System.Diagnostics.CodeAnalysis;
using AiotHub.Core.Profiles;

namespace AiotHub.Core.Devices;

/// <summary>
/// A command request's outcome: either the validation errors (nothing was sent) or the command and,
/// unless the device was offline, the typed request queued for the edge on <see cref="DeviceRegistry.Outbox"/>.
/// </summary>
public sealed record CommandResult(DeviceCommand? Command, DeviceCommandRequest? Outbound, IReadOnlyList<ProfileError> Errors)
{
    [MemberNotNullWhen(true, nameof(Command))]
    public bool IsAccepted => Command is not null;

    internal static CommandResult Refused(string path, string message) => new(null, null, [new ProfileError(path, message)]);
}
