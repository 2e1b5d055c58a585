namespace AiotHub.Gateway.Feedback;

/// <summary>One availability change of the device (from the activity log) in a report's context.</summary>
internal sealed record FeedbackAvailability(DateTimeOffset Time, bool Online);
