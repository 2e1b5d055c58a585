namespace AiotHub.Gateway.Feedback;

/// <summary>POST …/devices/{deviceId}/feedback: <c>{"text": "…", "category"?: "offline", "consent": true}</c>.</summary>
internal sealed record FeedbackRequest(string? Text, string? Category, bool? Consent);
