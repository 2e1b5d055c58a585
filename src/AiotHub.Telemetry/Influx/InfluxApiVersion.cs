namespace AiotHub.Telemetry.Influx;

public enum InfluxApiVersion
{
    /// <summary>InfluxDB 1.x: <c>POST /write?db=&amp;rp=&amp;precision=</c>, user and password as basic auth.</summary>
    V1,

    /// <summary>InfluxDB 2.x and 3.x (and VictoriaMetrics): <c>POST /api/v2/write?org=&amp;bucket=&amp;precision=</c>, <c>Authorization: Token …</c>.</summary>
    V2,
}
