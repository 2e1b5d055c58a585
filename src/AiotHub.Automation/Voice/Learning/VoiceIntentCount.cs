namespace AiotHub.Automation.Voice.Learning;

/// <summary>How many utterances of a home in <see cref="Language"/> came out as <see cref="Intent"/>.</summary>
public sealed record VoiceIntentCount(string Intent, string Language, long Count);
