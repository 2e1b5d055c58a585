using System.Security.Cryptography;
using System.Text.Json;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Devices.Credentials;
using AiotHub.Gateway.Mqtt;
using AiotHub.Mqtt;
using AiotHub.Mqtt.Protocol;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Pairing;

/// <summary>
/// The hub's side of pairing (docs/mqtt-protocol.md "Pairing"): a request on <c>{root}/$pair/{id}/request</c>
/// from a client that connected with a pairing code is answered on <c>{root}/$pair/{id}/response</c> with the
/// device's own credentials (and a certificate when it sent a CSR), or with an error code and a message. The
/// code is used up only by a successful answer, so a device that sent a bad request may correct it and ask again.
/// </summary>
internal sealed partial class PairingResponder(
    PairingCodes codes,
    DeviceCredentials credentials,
    HubCertificateAuthority authority,
    DeviceRegistry registry,
    IOptions<MqttOptions> mqttOptions,
    ILogger<PairingResponder> logger)
{
    public const int MaxRequestBytes = 16 * 1024;
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 8 };

    /// <summary>Whether <paramref name="topic"/> is a pairing request; then the id it is for.</summary>
    public static bool IsRequest(string topic, string root, out string deviceId)
    {
        deviceId = "";
        var prefix = root + "/" + MqttTopicAuthorizer.PairingLevel + "/";
        if (!topic.StartsWith(prefix, StringComparison.Ordinal) || !topic.EndsWith("/request", StringComparison.Ordinal))
            return false;
        deviceId = topic[prefix.Length..^"/request".Length];
        return DeviceIds.IsValid(deviceId);
    }

    public static string ResponseTopic(string root, string deviceId) => $"{root}/{MqttTopicAuthorizer.PairingLevel}/{deviceId}/response";

    /// <summary>Answers one request; the answer is null for a message to ignore (a retained copy replayed by the broker).</summary>
    public MqttApplicationMessage? Answer(string root, string deviceId, MqttApplicationMessage request)
    {
        if (request.Retain)
            return null;
        var topic = ResponseTopic(root, deviceId);
        string? requestId = null;
        var response = Respond(deviceId, topic, request, ref requestId);
        response["deviceId"] = deviceId;
        if (requestId is not null)
            response["id"] = requestId;
        return new MqttApplicationMessage
        {
            Topic = topic,
            Payload = JsonSerializer.SerializeToUtf8Bytes(response),
            QualityOfService = MqttQualityOfService.AtLeastOnce,
            ContentType = "application/json",
            CorrelationData = request.CorrelationData,
        };
    }

    private Dictionary<string, object> Respond(string deviceId, string responseTopic, MqttApplicationMessage request, ref string? requestId)
    {
        if (request.ResponseTopic is { } asked && asked != responseTopic)
            return Error(PairingResult.InvalidRequest, $"the Response Topic must be {responseTopic}");
        if (request.Payload.Length > MaxRequestBytes)
            return Error(PairingResult.InvalidRequest, $"the request is over {MaxRequestBytes} bytes");
        string? csr;
        try
        {
            using var document = JsonDocument.Parse(request.Payload, JsonOptions);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return Error(PairingResult.InvalidRequest, "the request must be a JSON object");
            if (root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 and <= 64 } text)
                requestId = text;
            if (!root.TryGetProperty("model", out var model) || model.ValueKind != JsonValueKind.String || model.GetString() is not { Length: > 0 and <= 128 })
                return Error(PairingResult.InvalidRequest, "$.model: a model id of 1 to 128 characters is required");
            csr = root.TryGetProperty("csr", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        }
        catch (JsonException e)
        {
            return Error(PairingResult.InvalidRequest, "the request is not valid JSON: " + e.Message);
        }

        if (codes.Find(deviceId) is not { } pairing)
            return Error(PairingResult.CodeNotOpen, "the pairing code has expired, was cancelled or was used; ask for a new one");
        if (pairing.DeviceId is null && (registry.TryGetDevice(deviceId, out _) || credentials.IsClaimed(deviceId) || mqttOptions.Value.Users.ContainsKey(deviceId)))
            return Error(PairingResult.DeviceIdTaken, $"the id {deviceId} belongs to another device; pick another id, or re-pair that device from its page");
        if (pairing.DeviceId is not null && credentials.IsClaimed(deviceId) && credentials.Get(deviceId) is null)
            return Error(PairingResult.DeviceIdTaken, $"the id {deviceId} belongs to another device");

        System.Security.Cryptography.X509Certificates.X509Certificate2? certificate = null;
        try
        {
            if (csr is not null)
                certificate = authority.SignDeviceCertificate(deviceId, csr);
        }
        catch (CryptographicException e)
        {
            return Error(PairingResult.InvalidCertificateRequest, e.Message);
        }

        using (certificate)
        {
            if (!codes.Take(pairing))
                return Error(PairingResult.CodeNotOpen, "the pairing code has expired, was cancelled or was used; ask for a new one");
            var secret = credentials.Issue(
                [new DeviceCredentialRequest(deviceId, pairing.HomeId, pairing.RoomId, pairing.Name,
                    certificate is null ? null : HubCertificateAuthority.Thumbprint(certificate), certificate?.NotAfter)],
                DeviceCredentialOrigin.Pairing)[0];
            if (pairing.DeviceId is null)
                registry.ExpectDevice(deviceId, new DevicePlacement(pairing.HomeId, pairing.RoomId, pairing.Name));
            LogPaired(logger, deviceId, pairing.HomeId, certificate is not null);
            var answer = new Dictionary<string, object>
            {
                ["code"] = PairingResult.Paired,
                ["userName"] = deviceId,
                ["password"] = secret,
                ["homeId"] = pairing.HomeId,
            };
            if (certificate is not null)
            {
                answer["certificate"] = certificate.ExportCertificatePem() + "\n";
                answer["caCertificate"] = authority.CertificatePem + "\n";
            }

            return answer;
        }
    }

    private Dictionary<string, object> Error(int code, string message)
    {
        LogRefused(logger, code, message);
        return new Dictionary<string, object> { ["code"] = code, ["message"] = message };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Device {DeviceId} paired into home {HomeId} (client certificate: {WithCertificate})")]
    private static partial void LogPaired(ILogger logger, string deviceId, string homeId, bool withCertificate);

    [LoggerMessage(Level = LogLevel.Information, Message = "A pairing request was refused ({Code}): {Reason}")]
    private static partial void LogRefused(ILogger logger, int code, string reason);
}
