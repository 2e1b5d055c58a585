namespace AiotHub.Simulators.Households;

/// <summary>
/// What a device is for in a household, so routines are written once over roles and planted into any layout that has
/// the devices (the standard household, the demo home). A routine whose roles are missing is not planted.
/// </summary>
public enum DeviceRole
{
    LivingLight,
    LivingLamp,
    LivingCurtain,
    LivingMotion,
    Tv,
    TvBox,
    Speaker,
    AirConditioner,
    WallSwitch,
    FrontDoor,
    HallLight,
    HallMotion,
    KitchenLight,
    KitchenMotion,
    CoffeePlug,
    Vacuum,
    BedroomBulb,
    BedroomCurtain,
    Purifier,
    BedroomClimate,
    BathroomLight,
    BathroomMotion,
    StudyLamp,
    StudyPlug,
}
