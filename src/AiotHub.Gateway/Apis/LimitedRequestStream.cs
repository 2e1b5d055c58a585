namespace AiotHub.Gateway.Apis;

/// <summary>
/// A request body that fails with 413 (<see cref="BadHttpRequestException"/>, as Kestrel does) once
/// more than its limit has been read; so a body without Content-Length is stopped in any server.
/// </summary>
internal sealed class LimitedRequestStream(Stream inner, long limit, string? setting = null) : Stream
{
    private long _read;

    public long Limit => limit;

    /// <summary>The configuration key of the limit, for the 413's message.</summary>
    public string? Setting => setting;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int read)
    {
        _read += read;
        if (_read > limit)
            throw new BadHttpRequestException($"Request body too large; the limit is {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
        return read;
    }
}
