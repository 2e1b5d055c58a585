namespace AiotHub.Automation.Voice;

/// <summary>How answers name a device type: English singular and plural, Chinese noun and measure word.</summary>
internal sealed record TypeWords(string Singular, string Plural, string Chinese, string Measure);
