using AiotHub.Mqtt.Broker.Persistence;

namespace AiotHub.Mqtt.Tests.Persistence;

/// <summary>Facts about a journal file that tests derive their expectations from.</summary>
internal static class JournalFile
{
    /// <summary>The offset after each record, in order.</summary>
    public static List<long> RecordEnds(string path)
    {
        using var handle = File.OpenHandle(path);
        var reader = new JournalFileReader(handle);
        var ends = new List<long>();
        while (reader.TryReadNext(out _, out _))
        {
            ends.Add(reader.GoodLength);
        }

        return ends;
    }

    public static string SingleSegment(string directory) => Directory.EnumerateFiles(directory, "journal-*.log").Single();

    public static void Truncate(string path, long length)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
        stream.SetLength(length);
    }

    /// <summary>
    /// Overwrites the file from <paramref name="start"/> to its end with bytes from a seeded generator, and returns the
    /// offset of the first byte that actually changed (a random byte equals the one it replaces once in 256), or the
    /// file's length when none did.
    /// </summary>
    public static long Scribble(string path, long start, int seed)
    {
        var original = File.ReadAllBytes(path);
        var bytes = original.ToArray();
        new Random(seed).NextBytes(bytes.AsSpan((int)start));
        File.WriteAllBytes(path, bytes);
        var changed = bytes.AsSpan((int)start).CommonPrefixLength(original.AsSpan((int)start));
        return start + changed;
    }
}
