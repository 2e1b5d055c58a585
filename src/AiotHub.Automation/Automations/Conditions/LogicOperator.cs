namespace AiotHub.Automation.Automations.Conditions;

public enum LogicOperator
{
    And,
    Or,
    Not,
}
