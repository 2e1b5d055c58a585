namespace AiotHub.Automation.Voice;

/// <summary>
/// A word people use for a kind of device: the profile type it means and, optionally, a hint that narrows it to
/// the devices whose name or model carries that word ("床头灯" is a light whose name says "bedside").
/// </summary>
internal sealed record DeviceNoun(string Phrase, string? Type, string? Hint = null);
