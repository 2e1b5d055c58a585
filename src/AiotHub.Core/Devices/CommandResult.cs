using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using AiotHub.Core.Profiles;

namespace AiotHub.Core.Devices;

/// <summary>
/// A command request's outcome: either the validation errors (nothing was sent), or <see cref="QueueFull"/> (the hub's
/// command outbox is full: nothing was recorded or sent, try again shortly), or the command and, unless the device was
/// offline, the typed request queued for the edge on <see cref="DeviceRegistry.Outbox"/>.
/// </summary>
public sealed record CommandResult(DeviceCommand? Command, DeviceCommandRequest? Outbound, IReadOnlyList<ProfileError> Errors)
{
    [MemberNotNullWhen(true, nameof(Command))]
    public bool IsAccepted => Command is not null;

    /// <summary>Refused because the outbox already holds <see cref="DeviceRegistryOptions.MaxQueuedCommands"/> requests; nothing changed.</summary>
    public bool QueueFull { get; private init; }

    internal static CommandResult Refused(string path, string message) => new(null, null, [new ProfileError(path, message)]);

    internal static CommandResult Busy(int capacity) => new(null, null,
        [new ProfileError("$", string.Create(CultureInfo.InvariantCulture, $"the hub's command queue is full ({capacity} commands waiting to be sent); nothing was sent, try again shortly"))])
    {
        QueueFull = true,
    };
}
