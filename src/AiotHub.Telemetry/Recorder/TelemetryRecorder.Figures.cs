namespace AiotHub.Telemetry.Recorder;

public sealed partial class TelemetryRecorder
{
    /// <summary>The series and raw samples of <paramref name="deviceIds"/>, with what was buffered written first.</summary>
    public RecorderFigures Figures(IReadOnlyCollection<string> deviceIds)
    {
        ArgumentNullException.ThrowIfNull(deviceIds);
        Flush();
        lock (_dbLock)
        {
            var wanted = deviceIds.ToHashSet(StringComparer.Ordinal);
            var series = _series.Where(s => wanted.Contains(s.Key.DeviceId)).Select(s => s.Value).ToList();
            long samples = 0;
            using var count = Command("SELECT COUNT(*) FROM raw WHERE series = $s");
            var parameter = count.Parameters.Add("$s", Microsoft.Data.Sqlite.SqliteType.Integer);
            foreach (var id in series)
            {
                parameter.Value = id;
                samples += (long)count.ExecuteScalar()!;
            }

            return new RecorderFigures(series.Count, samples);
        }
    }
}
