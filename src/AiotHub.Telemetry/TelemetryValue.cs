namespace AiotHub.Telemetry;

/// <summary>A reading's value in one of line protocol's four types, without boxing.</summary>
public readonly record struct TelemetryValue
{
    private TelemetryValue(TelemetryValueKind kind, double number, long integer, string? text)
    {
        Kind = kind;
        Number = number;
        Integer = integer;
        Text = text;
    }

    public TelemetryValueKind Kind { get; }

    public double Number { get; }

    public long Integer { get; }

    public string? Text { get; }

    public bool Boolean => Integer != 0;

    public static TelemetryValue Float(double value) => new(TelemetryValueKind.Float, value, 0, null);

    public static TelemetryValue Int(long value) => new(TelemetryValueKind.Integer, 0, value, null);

    public static TelemetryValue Bool(bool value) => new(TelemetryValueKind.Boolean, 0, value ? 1 : 0, null);

    public static TelemetryValue String(string value) => new(TelemetryValueKind.String, 0, 0, value);
}
