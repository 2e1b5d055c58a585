namespace AiotHub.Gateway.Feedback;

/// <summary>POST /api/v1/makers/{vendor}/feedback/{id}/answer: <c>{"text": "…"}</c>.</summary>
internal sealed record FeedbackAnswerRequest(string? Text);
