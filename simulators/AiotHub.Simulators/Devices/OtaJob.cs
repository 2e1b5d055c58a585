using System.Security.Cryptography;

namespace AiotHub.Simulators.Devices;

/// <summary>
/// The one firmware job a simulated device is working on: the offer, what it has received (bytes and their running
/// SHA-256, kept across a disconnect so the download resumes), and the faults drawn for it when it was accepted.
/// Touched only under the device's lock.
/// </summary>
internal sealed class OtaJob(string id, string version, long size, string sha256, string url)
{
    public string Id { get; } = id;

    public string Version { get; } = version;

    public long Size { get; } = size;

    public string Sha256 { get; } = sha256;

    /// <summary>The latest offer's URL: a repeated offer of the job (after a hub restart) may bring a new one.</summary>
    public string Url { get; set; } = url;

    public OtaPhase Phase { get; set; } = OtaPhase.Downloading;

    public long Received { get; private set; }

    public IncrementalHash Hash { get; private set; } = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>The last tenth of the size reported as progress (at most one status per 10 %).</summary>
    public int ReportedTenth { get; set; } = -1;

    /// <summary>Failed transfers so far (reset by progress).</summary>
    public int Failures { get; set; }

    /// <summary>The transfer in flight, cancelled by a disconnect, a cancel or the end of the job.</summary>
    public CancellationTokenSource? Transfer { get; set; }

    /// <summary>Drawn faults: the byte at which the download stalls; a corrupted image; a failed install; no return.</summary>
    public long? StallAt { get; init; }

    public bool BadHash { get; init; }

    public bool ApplyFails { get; init; }

    public bool Bricks { get; init; }

    public void Append(ReadOnlySpan<byte> data)
    {
        Hash.AppendData(data);
        Received += data.Length;
    }

    /// <summary>The hub sent the whole image again (a 200 to a Range request): start over.</summary>
    public void Restart()
    {
        Hash.Dispose();
        Hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Received = 0;
        ReportedTenth = -1;
    }

    public void StopTransfer()
    {
        if (Transfer is { } transfer)
        {
            Transfer = null;
            transfer.Cancel();
            transfer.Dispose();
        }
    }

    public void End()
    {
        StopTransfer();
        Phase = OtaPhase.Ended;
        Hash.Dispose();
    }
}
