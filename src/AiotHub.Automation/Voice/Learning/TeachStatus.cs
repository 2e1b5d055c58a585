namespace AiotHub.Automation.Voice.Learning;

/// <summary>What became of a teach request.</summary>
public enum TeachStatus
{
    /// <summary>A new taught utterance.</summary>
    Created,

    /// <summary>The utterance was taught before: its mapping is replaced.</summary>
    Replaced,

    /// <summary>Something does not fit (the errors say where); nothing changed.</summary>
    Invalid,

    /// <summary>The home already has <see cref="VoiceLearningOptions.MaxTaughtPerHome"/> taught utterances; nothing changed.</summary>
    Full,
}
