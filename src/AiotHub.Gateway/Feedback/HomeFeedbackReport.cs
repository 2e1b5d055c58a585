namespace AiotHub.Gateway.Feedback;

/// <summary>A report as its home lists it: which of its devices, what was sent, and the maker's answer.</summary>
internal sealed record HomeFeedbackReport(
    string Id,
    string DeviceId,
    DateTimeOffset Created,
    string Model,
    string? Firmware,
    string? Category,
    string Text,
    FeedbackContext Context,
    FeedbackAnswer? Answer);
