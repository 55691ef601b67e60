package org.pvdm.cli;

import picocli.CommandLine.Command;

@Command(name = "xml", description = "Work on domain XML files, no host needed.",
        subcommands = {XmlInspectCommand.class, XmlConvertCommand.class})
final class XmlCommand {
}
