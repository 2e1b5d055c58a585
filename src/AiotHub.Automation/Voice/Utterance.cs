using AiotHub.Core.Devices;

namespace AiotHub.Automation.Voice;

/// <summary>
/// What an utterance names, found before its meaning is decided: devices by name or alias (each phrase with every
/// device answering to it), rooms, device nouns, a noun for a device kind the home cannot have, a group word, the
/// first number, a delay, and the words left over (<see cref="Rest"/>, entities blanked) where verbs and settings are read.
/// </summary>
internal sealed record Utterance
{
    public required string Language { get; init; }

    /// <summary>The whole normalised text, padded with a space at each end.</summary>
    public required string Text { get; init; }

    public required string Rest { get; init; }

    /// <summary>The text as said, before normalisation: what a speaker is asked to say is said as written.</summary>
    public string Raw { get; init; } = "";

    /// <summary>What is left before fillers are dropped: "and" still joins the clauses of several settings.</summary>
    public string Clauses { get; init; } = "";

    public required bool Question { get; init; }

    public required IReadOnlyList<IReadOnlyList<Device>> Named { get; init; }

    public required IReadOnlySet<string> Rooms { get; init; }

    public required IReadOnlyList<DeviceNoun> Nouns { get; init; }

    public required MissingNoun? Missing { get; init; }

    public required bool Group { get; init; }

    public required double? Number { get; init; }

    public required TimeSpan? Delay { get; init; }

    /// <summary>Devices the utterance left out ("…except the tv", "…电视别关"): never acted on.</summary>
    public IReadOnlyList<Device> Excluded { get; init; } = [];

    public bool NamesSomething => Named.Count > 0 || Nouns.Count > 0;

    public bool Has(string phrase) => VoiceText.Contains(Rest, phrase);

    public bool HasAny(string[] phrases)
    {
        foreach (var phrase in phrases)
            if (VoiceText.Contains(Rest, phrase))
                return true;
        return false;
    }

    public bool TextHasAny(string[] phrases)
    {
        foreach (var phrase in phrases)
            if (VoiceText.Contains(Text, phrase))
                return true;
        return false;
    }

    /// <summary>Whether a noun or a named device is of this type.</summary>
    public bool Mentions(string type)
    {
        foreach (var noun in Nouns)
            if (noun.Type == type)
                return true;
        foreach (var devices in Named)
            foreach (var device in devices)
                if (device.Type == type)
                    return true;
        return false;
    }
}
