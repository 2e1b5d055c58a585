namespace AiotHub.Automation.Voice;

/// <summary>A kind of device homes often have but profiles here do not describe: "there is no projector" beats a guess.</summary>
internal sealed record MissingNoun(string Phrase, string English, string Chinese);
