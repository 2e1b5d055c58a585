namespace AiotHub.Gateway.Feedback;

/// <summary>A report as its maker reads it (and as the home is shown it was sent): no home id, device id or name.</summary>
internal sealed record MakerFeedbackReport(
    string Id,
    DateTimeOffset Created,
    string Model,
    string? Firmware,
    string? Category,
    string Text,
    FeedbackContext Context,
    FeedbackAnswer? Answer);
