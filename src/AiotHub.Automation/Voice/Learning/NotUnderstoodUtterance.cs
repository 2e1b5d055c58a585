namespace AiotHub.Automation.Voice.Learning;

/// <summary>
/// An utterance the assistant did not understand (<c>unknown</c>) or had to ask about (<c>clarify</c>), kept for the
/// home's owner: the last wording, language, intent and answer of its normalised text, and how often it was said.
/// </summary>
public sealed record NotUnderstoodUtterance(
    long Id,
    string Text,
    string Language,
    string Intent,
    string Answer,
    int Count,
    DateTimeOffset FirstSaid,
    DateTimeOffset LastSaid);
