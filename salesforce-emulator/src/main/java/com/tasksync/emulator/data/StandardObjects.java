package com.tasksync.emulator.data;

import com.tasksync.emulator.schema.SObjectType;
import com.tasksync.emulator.schema.FieldType;
import com.tasksync.emulator.schema.FieldDef;
import static com.tasksync.emulator.data.FieldBuilder.bool;
import static com.tasksync.emulator.data.FieldBuilder.of;
import static com.tasksync.emulator.data.FieldBuilder.picklist;
import static com.tasksync.emulator.data.FieldBuilder.reference;
import static com.tasksync.emulator.data.FieldBuilder.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The standard sObject types every emulated org has, with the fields needed to own and relate
 * tasks. Task itself is in {@link TaskObject}.
 */
public final class StandardObjects {

    /** Fields that "Set Audit Fields upon Record Creation" opens for insert. */
    public static final Set<String> AUDIT_FIELDS = Set.of("CreatedDate", "CreatedById", "LastModifiedDate",
            "LastModifiedById");

    private StandardObjects() {
    }

    static List<FieldDef> system(boolean withIsDeleted) {
        List<FieldDef> fields = new ArrayList<>();
        fields.add(of("Id", FieldType.ID).label("Record ID").length(18).required().readOnly().build());
        if (withIsDeleted) {
            fields.add(bool("IsDeleted").label("Deleted").readOnly().build());
        }
        fields.add(of("CreatedDate", FieldType.DATETIME).label("Created Date").required().readOnly().build());
        fields.add(reference("CreatedById", "CreatedBy", "User").label("Created By ID").required().readOnly().build());
        fields.add(of("LastModifiedDate", FieldType.DATETIME).label("Last Modified Date").required().readOnly().build());
        fields.add(reference("LastModifiedById", "LastModifiedBy", "User").label("Last Modified By ID").required()
                .readOnly().build());
        fields.add(of("SystemModstamp", FieldType.DATETIME).label("System Modstamp").required().readOnly().build());
        return fields;
    }

    private static FieldDef owner() {
        return reference("OwnerId", "Owner", "User").label("Owner ID").required().build();
    }

    public static SObjectType account() {
        List<FieldDef> f = system(true);
        f.add(owner());
        f.add(text("Name", 255).label("Account Name").required().build());
        f.add(picklist("Type", "Prospect", "Customer - Direct", "Customer - Channel", "Partner", "Other")
                .label("Account Type").build());
        f.add(text("Industry", 255).label("Industry").build());
        f.add(of("Phone", FieldType.PHONE).label("Account Phone").length(40).build());
        f.add(of("Website", FieldType.URL).label("Website").length(255).build());
        return new SObjectType("Account", "Account", "Accounts", "001", false, f);
    }

    public static SObjectType contact() {
        List<FieldDef> f = system(true);
        f.add(owner());
        f.add(reference("AccountId", "Account", "Account").label("Account ID").build());
        f.add(text("FirstName", 40).label("First Name").build());
        f.add(text("LastName", 80).label("Last Name").required().build());
        f.add(text("Name", 121).label("Full Name").required().readOnly().build());
        f.add(of("Email", FieldType.EMAIL).label("Email").length(80).build());
        f.add(of("Phone", FieldType.PHONE).label("Business Phone").length(40).build());
        f.add(text("Title", 128).label("Title").build());
        return new SObjectType("Contact", "Contact", "Contacts", "003", false, f);
    }

    public static SObjectType lead() {
        List<FieldDef> f = system(true);
        f.add(owner());
        f.add(text("FirstName", 40).label("First Name").build());
        f.add(text("LastName", 80).label("Last Name").required().build());
        f.add(text("Name", 121).label("Full Name").required().readOnly().build());
        f.add(text("Company", 255).label("Company").required().build());
        f.add(of("Email", FieldType.EMAIL).label("Email").length(80).build());
        f.add(picklist("Status", "Open - Not Contacted", "Working - Contacted", "Closed - Converted",
                "Closed - Not Converted").label("Status").required().defaultValue("Open - Not Contacted").build());
        return new SObjectType("Lead", "Lead", "Leads", "00Q", false, f);
    }

    public static SObjectType opportunity() {
        List<FieldDef> f = system(true);
        f.add(owner());
        f.add(text("Name", 120).label("Name").required().build());
        f.add(reference("AccountId", "Account", "Account").label("Account ID").build());
        f.add(picklist("StageName", "Prospecting", "Qualification", "Needs Analysis", "Value Proposition",
                "Proposal/Price Quote", "Negotiation/Review", "Closed Won", "Closed Lost").label("Stage").required()
                .build());
        f.add(of("CloseDate", FieldType.DATE).label("Close Date").required().build());
        f.add(of("Amount", FieldType.CURRENCY).label("Amount").build());
        f.add(bool("IsClosed").label("Closed").readOnly().build());
        return new SObjectType("Opportunity", "Opportunity", "Opportunities", "006", false, f);
    }

    public static SObjectType taskStatus() {
        List<FieldDef> f = system(false);
        f.add(text("MasterLabel", 255).label("Master Label").readOnly().build());
        f.add(text("ApiName", 255).label("Api Name").readOnly().build());
        f.add(of("SortOrder", FieldType.INT).label("Sort Order").readOnly().build());
        f.add(bool("IsDefault").label("Is Default").readOnly().build());
        f.add(bool("IsClosed").label("Is Closed").readOnly().build());
        return new SObjectType("TaskStatus", "Task Status Value", "Task Status Values", "01J", false, f);
    }

    public static SObjectType user() {
        List<FieldDef> f = system(false);
        f.add(text("Username", 80).label("Username").required().readOnly().build());
        f.add(of("Email", FieldType.EMAIL).label("Email").length(128).required().readOnly().build());
        f.add(text("FirstName", 40).label("First Name").readOnly().build());
        f.add(text("LastName", 80).label("Last Name").required().readOnly().build());
        f.add(text("Name", 121).label("Full Name").required().readOnly().build());
        f.add(picklist("TimeZoneSidKey").label("Time Zone").length(40).required().readOnly().build());
        f.add(bool("IsActive").label("Active").readOnly().build());
        f.add(reference("ProfileId", "Profile", "Profile").label("Profile ID").required().readOnly().build());
        f.add(reference("UserRoleId", "UserRole", "UserRole").label("Role ID").readOnly().build());
        f.add(picklist("UserType", "Standard").label("User Type").length(40).readOnly().build());
        return new SObjectType("User", "User", "Users", "005", false, f);
    }

    public static SObjectType organization() {
        List<FieldDef> f = system(false);
        f.add(text("Name", 80).label("Name").required().readOnly().build());
        f.add(picklist("OrganizationType", "Developer Edition", "Enterprise Edition").label("Edition").readOnly()
                .build());
        f.add(picklist("TimeZoneSidKey").label("Default Time Zone").length(40).required().readOnly().build());
        f.add(bool("IsSandbox").label("Is Sandbox").readOnly().build());
        f.add(text("InstanceName", 5).label("Instance Name").readOnly().build());
        f.add(text("NamespacePrefix", 15).label("Namespace Prefix").readOnly().build());
        f.add(of("TrialExpirationDate", FieldType.DATETIME).label("Trial Expiration Date").readOnly().build());
        return new SObjectType("Organization", "Organization", "Organizations", "00D", false, f);
    }
}
