namespace AiotHub.Gateway.Feedback;

/// <summary>The maker's answer to a report (the latest one, if it answered again), which the home sees.</summary>
internal sealed record FeedbackAnswer(string Text, DateTimeOffset Answered);
