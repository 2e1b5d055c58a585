using System.Globalization;
using Microsoft.Win32.SafeHandles;

namespace AiotHub.Mqtt.Broker.Persistence;

/// <summary>
/// One log file, <c>journal-{generation}.log</c>, appended to by the store's writer thread only.
/// Generations increase by one per compaction; a snapshot of generation G replaces all segments below G.
/// </summary>
internal sealed class JournalSegment : IDisposable
{
    private const string Prefix = "journal-";
    private const string Suffix = ".log";

    private readonly SafeFileHandle _handle;

    private JournalSegment(SafeFileHandle handle, long generation, long length)
    {
        _handle = handle;
        Generation = generation;
        Length = length;
    }

    public long Generation { get; }

    public long Length { get; private set; }

    public static string FileName(long generation) => Prefix + generation.ToString("D19", CultureInfo.InvariantCulture) + Suffix;

    public static bool TryParseGeneration(string fileName, out long generation)
    {
        generation = 0;
        return fileName.StartsWith(Prefix, StringComparison.Ordinal) && fileName.EndsWith(Suffix, StringComparison.Ordinal)
            && long.TryParse(fileName.AsSpan(Prefix.Length, fileName.Length - Prefix.Length - Suffix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out generation);
    }

    /// <summary>Opens an existing segment for appending after its first <paramref name="length"/> bytes (already truncated there).</summary>
    public static JournalSegment OpenForAppend(string directory, long generation, long length) =>
        new(File.OpenHandle(Path.Combine(directory, FileName(generation)), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read), generation, length);

    /// <summary>Creates an empty segment and makes its directory entry durable.</summary>
    public static JournalSegment Create(string directory, long generation)
    {
        var segment = new JournalSegment(File.OpenHandle(Path.Combine(directory, FileName(generation)), FileMode.Create, FileAccess.ReadWrite, FileShare.Read), generation, 0);
        DirectorySync.Flush(directory);
        return segment;
    }

    public void Append(ReadOnlySpan<byte> records)
    {
        RandomAccess.Write(_handle, records, Length);
        Length += records.Length;
    }

    /// <summary>fsync: the data written so far survives a power loss.</summary>
    public void Flush() => RandomAccess.FlushToDisk(_handle);

    public void Dispose() => _handle.Dispose();
}
