using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using AiotHub.Core.Firmware;

namespace AiotHub.Simulators.Devices;

/// <summary>
/// A simulated device's image download (docs/mqtt-protocol.md "Downloading, and resuming"): GET the offer's URL, from
/// the first byte not yet received (<c>Range: bytes=N-</c>), hashing as the bytes arrive; a failed transfer is
/// retried (resuming) up to <see cref="OtaOptions.Retries"/> times, a disconnect pauses it until the device is back.
/// Runs on the thread pool; every change to the job is made under the device's lock, and only while the job is
/// still the device's current download.
/// </summary>
internal static class OtaDownload
{
    /// <summary>docs/mqtt-protocol.md "Downloading, and resuming": the device names itself.</summary>
    public const string DeviceHeader = "AiotHub-Device";

    private const int ChunkBytes = 16 * 1024;

    private static readonly Lazy<HttpClient> Shared = new(() => new HttpClient(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = 64,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        AutomaticDecompression = DecompressionMethods.None,
    })
    { Timeout = Timeout.InfiniteTimeSpan });

    /// <summary>Starts (or resumes) the transfer of <paramref name="job"/>; under the device's lock.</summary>
    public static void Start(DeviceOta ota, OtaJob job)
    {
        job.StopTransfer();
        var transfer = new CancellationTokenSource();
        job.Transfer = transfer;
        var token = transfer.Token;
        _ = Task.Run(() => RunAsync(ota, job, token), CancellationToken.None);
    }

    private static async Task RunAsync(DeviceOta ota, OtaJob job, CancellationToken cancellationToken)
    {
        var device = ota.Device;
        var options = device.Options.Ota;
        var time = device.TimeProvider;
        var client = options.HttpClient ?? Shared.Value;
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                long from;
                string url;
                lock (device.Sync)
                {
                    if (!ota.IsCurrent(job))
                        return;
                    from = job.Received;
                    url = job.Url;
                }

                try
                {
                    if (await TransferAsync(ota, job, client, url, from, buffer, cancellationToken).ConfigureAwait(false))
                        return;
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    return; // paused by a disconnect, or the job ended: whoever cancelled set the phase
                }
                catch (Exception e) when (e is HttpRequestException or IOException or TimeoutException or OperationCanceledException)
                {
                    lock (device.Sync)
                    {
                        if (!ota.IsCurrent(job))
                            return;
                        if (++job.Failures > options.Retries)
                        {
                            ota.Fail(job, OtaResultCodes.DownloadFailed,
                                $"download failed at {DeviceOta.Describe(job.Received, job.Size)} after {job.Failures} attempts: {e.Message}");
                            return;
                        }
                    }

                    await Task.Delay(options.RetryDelay, time, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>One HTTP request; true when the job is settled (ready, failed), false to retry after a short read.</summary>
    private static async Task<bool> TransferAsync(DeviceOta ota, OtaJob job, HttpClient client, string url, long from, byte[] buffer,
        CancellationToken cancellationToken)
    {
        var device = ota.Device;
        var options = device.Options.Ota;
        var time = device.TimeProvider;
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        // Who is asking: the hub refuses a link made for another device (403).
        request.Headers.TryAddWithoutValidation(DeviceHeader, device.Id);
        if (from > 0)
            request.Headers.Range = new RangeHeaderValue(from, null);
        ota.CountRequest();
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        switch (response.StatusCode)
        {
            case HttpStatusCode.PartialContent when response.Content.Headers.ContentRange?.From == from:
                break;
            case HttpStatusCode.OK:
            case HttpStatusCode.PartialContent:
                // The whole image (or a range we did not ask for): start over.
                lock (device.Sync)
                {
                    if (!ota.IsCurrent(job))
                        return true;
                    job.Restart();
                }

                if (response.StatusCode == HttpStatusCode.PartialContent)
                    return false;
                break;
            case HttpStatusCode.RequestedRangeNotSatisfiable:
                lock (device.Sync)
                {
                    if (!ota.IsCurrent(job))
                        return true;
                    if (job.Received == job.Size)
                    {
                        ota.VerifyLocked(job);
                        return true;
                    }

                    job.Restart();
                    return false;
                }
            case HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Gone:
                lock (device.Sync)
                {
                    if (ota.IsCurrent(job))
                        ota.Fail(job, OtaResultCodes.DownloadFailed, $"the download link answered {(int)response.StatusCode}");
                }

                return true;
            default:
                throw new HttpRequestException($"the download answered {(int)response.StatusCode}");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var started = time.GetTimestamp();
        long transferred = 0;
        while (true)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(0, ChunkBytes), cancellationToken).AsTask()
                .WaitAsync(options.ReadTimeout, time, cancellationToken).ConfigureAwait(false);
            var stalled = false;
            lock (device.Sync)
            {
                if (!ota.IsCurrent(job))
                    return true;
                if (read == 0)
                {
                    if (job.Received == job.Size)
                    {
                        ota.VerifyLocked(job);
                        return true;
                    }

                    throw new IOException($"the transfer ended at {DeviceOta.Describe(job.Received, job.Size)}");
                }

                if (job.Received + read > job.Size)
                {
                    ota.Fail(job, OtaResultCodes.HashMismatch, $"the image is longer than the offer's {job.Size} bytes");
                    return true;
                }

                var take = read;
                if (job.StallAt is { } stallAt && job.Received + read >= stallAt)
                {
                    take = (int)Math.Max(0, stallAt - job.Received);
                    stalled = true;
                }

                job.Append(buffer.AsSpan(0, take));
                ota.CountBytes(take);
                if (take > 0)
                    job.Failures = 0;
                ota.ProgressLocked(job);
                transferred += take;
            }

            if (stalled)
            {
                // The radio hangs: nothing more arrives; the device gives up after its stall timeout.
                await Task.Delay(options.StallTimeout, time, cancellationToken).ConfigureAwait(false);
                lock (device.Sync)
                {
                    if (ota.IsCurrent(job))
                        ota.Fail(job, OtaResultCodes.DownloadFailed, $"download stalled at {DeviceOta.Describe(job.Received, job.Size)}");
                }

                return true;
            }

            if (options.DownloadBytesPerSecond is { } rate && rate > 0)
            {
                var due = TimeSpan.FromSeconds(transferred / rate) - time.GetElapsedTime(started);
                if (due > TimeSpan.Zero)
                    await Task.Delay(due, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
