package cn.fazhi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Fazhi (法治): the platform on which a district government runs and proves its law-based administration. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class FazhiApplication {

    public static void main(String[] args) {
        SpringApplication.run(FazhiApplication.class, args);
    }
}
