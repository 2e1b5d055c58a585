using AiotHub.Automation.Voice;
using AiotHub.Automation.Voice.Learning;

namespace AiotHub.Gateway.Voice;

/// <summary>
/// What an utterance means in a home, before anything is done: <see cref="Result"/> as the engine (or, for a taught
/// utterance, the home's teaching: <see cref="Taught"/>) understood it, for the caller to check who may do it.
/// </summary>
internal sealed record VoiceUnderstanding(string Text, VoiceResult Result, TaughtUtterance? Taught);
