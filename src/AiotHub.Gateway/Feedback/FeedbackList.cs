namespace AiotHub.Gateway.Feedback;

/// <summary>A list of reports, newest first, at most the asked limit, and how many there are in all.</summary>
internal sealed record FeedbackList<T>(IReadOnlyList<T> Items, int Total);
