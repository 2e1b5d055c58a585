namespace AiotHub.Gateway.Apis;

/// <summary>POST …/automations/{id}/run: <c>{"skipConditions": true}</c> runs the actions even when a condition is false. The body is optional.</summary>
internal sealed record RunAutomationRequest(bool? SkipConditions);
