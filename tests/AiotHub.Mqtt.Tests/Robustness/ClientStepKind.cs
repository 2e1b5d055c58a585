namespace AiotHub.Mqtt.Tests.Robustness;

public enum ClientStepKind
{
    Subscribe,
    Unsubscribe,
    Publish,
    PubRel,
    PingReq,
}
