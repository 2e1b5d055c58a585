using AiotHub.Automation.Voice;
using AiotHub.Automation.Voice.Learning;
using Microsoft.Data.Sqlite;

namespace AiotHub.Gateway.Voice;

/// <summary>
/// The voice assistant as every path uses it — <c>POST …/voice</c> and the devices that hear an utterance. An utterance
/// the home taught (<see cref="VoiceLearning"/>) is carried out as taught; anything else goes to the intent engine. What
/// came of it is recorded for the home (its intent counted; kept when not understood or asked about) unless the home
/// switched that off. Callers that must check who may do what call <see cref="Understand"/>, check, then
/// <see cref="Execute"/>; the others call <see cref="Handle"/>.
/// </summary>
internal sealed partial class VoiceAssistant(VoiceEngine engine, VoiceLearning learning, ILogger<VoiceAssistant> logger)
{
    /// <summary>Understands and carries out the utterance; the answer is in its language.</summary>
    public VoiceResult Handle(string homeId, string text, string? language = null, string source = "voice", string? startedBy = null) =>
        Execute(homeId, Understand(homeId, text, language), source, startedBy);

    /// <summary>What the utterance means in the home — as taught, else as the engine reads it — without doing anything.</summary>
    public VoiceUnderstanding Understand(string homeId, string text, string? language = null) =>
        learning.TryUnderstand(homeId, text, language, out var taught, out var understood)
            ? new VoiceUnderstanding(text, understood, taught)
            : new VoiceUnderstanding(text, engine.Understand(homeId, text, language), null);

    /// <summary>Carries out what <see cref="Understand"/> found, then records it for the home.</summary>
    public VoiceResult Execute(string homeId, VoiceUnderstanding understanding, string source = "voice", string? startedBy = null)
    {
        ArgumentNullException.ThrowIfNull(understanding);
        var result = understanding.Taught is { } taught
            ? learning.Execute(homeId, taught, understanding.Result, source, startedBy)
            : engine.Execute(homeId, understanding.Result, source, startedBy);
        try
        {
            learning.Record(homeId, understanding.Text, result);
        }
        catch (SqliteException e)
        {
            // The answer matters more than the log: a full or failing disk costs the record, not the reply.
            LogRecordFailed(logger, homeId, e.SqliteErrorCode, e);
        }

        return result;
    }

    [LoggerMessage(EventId = 7100, Level = LogLevel.Warning, Message = "Voice learning could not record an utterance of home {HomeId} (SQLite error {Code}); the utterance was answered")]
    private static partial void LogRecordFailed(ILogger logger, string homeId, int code, Exception exception);
}
