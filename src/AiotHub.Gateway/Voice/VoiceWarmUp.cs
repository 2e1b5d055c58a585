using System.Diagnostics;
using AiotHub.Automation.Voice;

namespace AiotHub.Gateway.Voice;

/// <summary>
/// Runs the intent engine over a few utterances in both languages when the hub starts, on a home that does not exist, so
/// the first request a person makes does not pay for compiling the engine's code paths (issue 14: the first
/// POST …/voice after a start took ~90 ms). Understanding only: nothing is carried out, recorded or learned.
/// </summary>
internal sealed partial class VoiceWarmUp(VoiceEngine engine, ILogger<VoiceWarmUp> logger) : IHostedService
{
    private static readonly string[] Utterances =
    [
        "turn on the light in the living room", "set the air conditioner to 24 degrees", "it's too hot in here", "is the front door open",
        "turn off the tv in 30 minutes and switch on the lamp", "good night", "打开客厅的灯", "空调调到二十五度", "电视声音小一点", "卧室温度多少", "十分钟后关电视", "晚安",
    ];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        foreach (var utterance in Utterances)
            engine.Understand("\u0000warm-up", utterance);
        LogWarmedUp(logger, Utterances.Length, watch.Elapsed.TotalMilliseconds);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Voice engine warmed up with {Count} utterances in {Milliseconds:0.0} ms.")]
    private static partial void LogWarmedUp(ILogger logger, int count, double milliseconds);
}
