using AiotHub.Core.Devices;

namespace AiotHub.Gateway.Feedback;

/// <summary>
/// What a report tells the maker about the device, with the user's consent (docs/ota.md "Feedback from homes"): its
/// model, firmware and profile version, its last <see cref="FeedbackContextBuilder.MaxCommands"/> commands' outcomes and
/// latencies, its availability now and its changes over the last <see cref="FeedbackContextBuilder.AvailabilityWindow"/>
/// (at most <see cref="FeedbackContextBuilder.MaxAvailability"/>, the latest), and the hub's counters of bad input from
/// it. Nothing names the home, its rooms, people or other devices; not even the device's id or name.
/// </summary>
internal sealed record FeedbackContext(
    string Model,
    string? Firmware,
    int? ProfileVersion,
    IReadOnlyList<FeedbackCommand> Commands,
    AvailabilityState AvailabilityNow,
    IReadOnlyList<FeedbackAvailability> Availability,
    DeviceCounters Counters);
