using AiotHub.Automation.Automations.Conditions;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Automations;

public sealed partial class AutomationValidator
{
    private AutomationCondition Condition(AutomationCondition condition)
    {
        switch (condition)
        {
            case LogicCondition logic:
                return logic with { Conditions = [.. logic.Conditions.Select(Condition)] };
            case PropertyCondition property:
                return PropertyCondition(property);
            case AvailabilityCondition availability:
                Device(availability.DeviceId, availability.Path);
                break;
            case SunCondition sun when !_hasLocation:
                Error(sun.Path, NoLocation);
                break;
            case ModeCondition mode:
                for (var i = 0; i < mode.In.Count; i++)
                    Mode(mode.In[i], JsonPath.Index(mode.Path + ".in", i));
                break;
        }

        return condition;
    }

    private PropertyCondition PropertyCondition(PropertyCondition condition)
    {
        if (Property(condition.DeviceId, condition.Path, condition.Property) is not ({ } service, { } property))
            return condition;
        if ((condition.Above is not null || condition.Below is not null) && !IsNumeric(property))
            Error(condition.Path + (condition.Above is not null ? ".above" : ".below"), $"{property.Name} is {Format(property)}, not a number: above and below compare numbers");
        return condition with
        {
            Property = ProfileMembers.Key(service, property.Name),
            EqualTo = Value(property, condition.EqualTo, condition.Path + ".equals"),
            NotEqualTo = Value(property, condition.NotEqualTo, condition.Path + ".notEquals"),
            In = condition.In is { } values
                ? [.. values.Select((v, i) => Value(property, v, JsonPath.Index(condition.Path + ".in", i))!.Value)]
                : null,
        };
    }
}
