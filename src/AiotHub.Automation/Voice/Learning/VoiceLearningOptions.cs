namespace AiotHub.Automation.Voice.Learning;

/// <summary>The bounds of what a home's assistant keeps (docs/api.md "Voice learning").</summary>
public sealed class VoiceLearningOptions
{
    /// <summary>Not-understood utterances kept per home: the newest by when they were last said.</summary>
    public int MaxLoggedPerHome { get; set; } = 500;

    /// <summary>Taught utterances per home; teaching one more is refused.</summary>
    public int MaxTaughtPerHome { get; set; } = 200;

    /// <summary>Distinct (intent, language) pairs counted per home; a new pair beyond it is not counted.</summary>
    public int MaxIntentsPerHome { get; set; } = 64;

    /// <summary>The longest answer kept with a logged utterance, in characters.</summary>
    public int MaxAnswerLength { get; set; } = 1000;
}
