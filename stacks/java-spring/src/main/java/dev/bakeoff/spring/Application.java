package dev.bakeoff.spring;

import org.apache.catalina.util.ServerInfo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.core.SpringVersion;

/** Spring Boot reference app: Spring MVC on embedded Tomcat, requests on virtual threads. */
@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        // `--print-version=runtime|framework` lets stack.yaml read the versions from the built jar
        // itself (only the version on stdout), without starting the server.
        for (String arg : args) {
            if (arg.startsWith("--print-version=")) {
                String what = arg.substring("--print-version=".length());
                switch (what) {
                    case "runtime" -> System.out.println(System.getProperty("java.version"));
                    case "framework" -> System.out.println(SpringBootVersion.getVersion() + " (Spring Framework "
                            + SpringVersion.getVersion() + ", Tomcat " + ServerInfo.getServerNumber() + ")");
                    default -> {
                        System.err.println("usage: --print-version=runtime|framework");
                        System.exit(2);
                    }
                }
                return;
            }
        }
        SpringApplication.run(Application.class, args);
    }
}
