namespace AiotHub.Telemetry.LineProtocol;

/// <summary>A point that line protocol cannot carry (a newline in a tag, a NaN field, a point without fields …). Nothing of it was written.</summary>
public sealed class LineProtocolException : ArgumentException
{
    public LineProtocolException()
    {
    }

    public LineProtocolException(string message)
        : base(message)
    {
    }

    public LineProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
