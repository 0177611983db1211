package org.detente.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.detente.testing.TestData;

/** Runs the command line in-process and captures what it prints. */
record Cli(int code, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** A file of the reference data in testdata/, as a string path. */
    static String data(String relative) {
        return TestData.path(relative).toString();
    }
}
