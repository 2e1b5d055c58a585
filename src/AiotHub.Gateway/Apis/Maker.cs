namespace AiotHub.Gateway.Apis;

/// <summary>A vendor namespace a device-maker token holds (<c>acme</c> for models <c>acme.…</c>).</summary>
internal sealed record Maker(string Vendor);
