namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>
/// Records appended since the writer last took a batch, and the one completion all their
/// appenders await: one allocation per batch, not per record.
/// </summary>
internal sealed class JournalBatch
{
    public JournalRecordWriter Records { get; } = new();

    public TaskCompletionSource Durable { get; private set; } = NewCompletion();

    public void Reset()
    {
        Records.Reset();
        Durable = NewCompletion();
    }

    // Continuations go to the thread pool: the writer thread must get back to the next batch.
    private static TaskCompletionSource NewCompletion() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
